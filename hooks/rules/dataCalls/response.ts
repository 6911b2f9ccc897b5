import { OK, refusal, type Bilingual, type Verdict } from '../verdict'
import { r75 } from './call'
import type { CallStatus, ResponseStatus } from './labels'

// R7.5: an agency's response goes as a monthly report does (R12.3a): the agency sends it, the
// standing body accepts it or returns it with a reason, and a returned response is sent again.

const refuse = (message: Bilingual, path = 'status'): Verdict => refusal('R7.5', r75, message, path)

export type ResponseChange = {
  from: ResponseStatus
  to: ResponseStatus
  callStatus: CallStatus
  /** The actor is the standing body (its secretariat) or an administrator. */
  standingBody: boolean
  answersChanged: boolean
  returnReason: string | null
}

/** R7.5: who may move a response where, and when its answers may change. */
export const responseVerdict = (change: ResponseChange): Verdict => {
  const { from, to, callStatus, standingBody, answersChanged } = change
  const editable = from === 'pending' || from === 'returned'
  if (answersChanged && !editable) {
    return refuse(
      {
        vi: 'Số liệu đã gửi: chỉ sửa khi Cơ quan thường trực trả lại.',
        en: 'The answers were sent: they change only once returned by the standing body.',
      },
      'answers',
    )
  }
  if (answersChanged && callStatus !== 'open') {
    return refuse(
      { vi: 'Yêu cầu không còn mở để trả lời.', en: 'The call is no longer open.' },
      'answers',
    )
  }
  if (from === to) return OK
  if (to === 'submitted') {
    if (!editable) {
      return refuse({ vi: 'Trả lời này đã được gửi.', en: 'This response was already sent.' })
    }
    return callStatus === 'open'
      ? OK
      : refuse({ vi: 'Yêu cầu không còn mở để trả lời.', en: 'The call is no longer open.' })
  }
  if (to === 'accepted' || to === 'returned') {
    if (!standingBody) {
      return refuse({
        vi: 'Chỉ Cơ quan thường trực tiếp nhận hoặc trả lại số liệu.',
        en: 'Only the standing body accepts or returns answers.',
      })
    }
    if (from !== 'submitted') {
      return refuse({
        vi: 'Chỉ tiếp nhận hoặc trả lại số liệu cơ quan đã gửi.',
        en: 'Only sent answers can be accepted or returned.',
      })
    }
    if (to === 'returned' && !change.returnReason?.trim()) {
      return refuse(
        {
          vi: 'Nêu lý do trả lại để cơ quan hoàn thiện.',
          en: 'Give the reason for returning the answers.',
        },
        'returnReason',
      )
    }
    return OK
  }
  return refuse({
    vi: 'Không chuyển trả lời về trạng thái chưa gửi.',
    en: 'A response cannot go back to not sent.',
  })
}
