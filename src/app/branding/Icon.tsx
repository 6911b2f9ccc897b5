import { Emblem } from './Emblem'

/** The mark in the admin's navigation (replaces Payload's icon). */
export const Icon = () => <Emblem size={28} />
