import { AuthenticationError, LockedAuth, type CollectionAfterErrorHook } from 'payload'

import { errorBody, l, languageOf } from '../../src/i18n/label'

// Payload answers an unknown account and a wrong password with "email or password incorrect" but
// a locked account with "this user is locked", which tells that the account exists. All three
// get one answer; the account still locks after 5 failures (Payload counts them as before).
const LOGIN_REFUSED = l(
  'Email hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng kiểm tra lại hoặc thử lại sau 15 phút.',
  'The email or password is incorrect, or the account is locked for a while after too many failed logins. Check them or try again in 15 minutes.',
)

export const uniformLoginFailures: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth || error instanceof AuthenticationError)) return
  return {
    response: errorBody(LOGIN_REFUSED[languageOf(req)]),
    status: 401,
  }
}
