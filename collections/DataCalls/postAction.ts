// A button's POST to a record action, answered with its message or the refusals' messages
// (shared by the data call's and the response's buttons; runs in the browser).

type ErrorBody = {
  message?: string
  errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
}

export const postAction = async (
  url: string,
  body: object = {},
): Promise<{ ok: boolean; text: string }> => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const answer = (await response.json().catch(() => ({}))) as ErrorBody
    if (response.ok) return { ok: true, text: answer.message ?? '' }
    const text = (answer.errors ?? [])
      .flatMap((error) =>
        error.data?.errors?.length
          ? error.data.errors.map((inner) => inner.message ?? '')
          : [error.message ?? ''],
      )
      .join(' ')
    return { ok: false, text: text || 'Không thực hiện được, vui lòng thử lại.' }
  } catch {
    return { ok: false, text: 'Không kết nối được máy chủ, vui lòng thử lại.' }
  }
}
