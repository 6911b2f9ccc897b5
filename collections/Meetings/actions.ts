// "Send notice" (R11.3a) and "Issue conclusions" (R11.3b, R6.2c): each checks, queues its emails
// in the outbox, creates what follows from it and changes the status, in one transaction.
export type { ActionOptions } from './actionSteps'
export { issueConclusions, type ConclusionsResult } from './issueConclusions'
export { sendNotice, type NoticeResult } from './sendNotice'
