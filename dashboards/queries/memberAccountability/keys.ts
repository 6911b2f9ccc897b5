import { idOf } from '../../../src/lib/relations'

export const key = (id: unknown) => String(idOf(id))
