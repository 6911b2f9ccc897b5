/** A document id as Payload hands it out: a number on SQLite and PostgreSQL serial ids, a string otherwise. */
export type Id = number | string
