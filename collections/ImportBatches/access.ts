import { nobody, orgEditors } from '../../src/access'

// The standing body imports a new province's lists (admin, secretariat): only they read the
// batches; a batch is written by the confirm endpoint alone (system rights) and never changed.
export const readImportBatches = orgEditors
export const writeImportBatches = nobody
