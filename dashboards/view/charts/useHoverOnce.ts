import { useState } from 'react'

/**
 * True once the pointer has entered (or a finger touched) the element given the returned props:
 * the charts mount their tooltip only then, since Recharts measures a mounted tooltip in the DOM
 * on every render of the page.
 */
export const useHoverOnce = () => {
  const [hovered, setHovered] = useState(false)
  const mark = hovered ? undefined : () => setHovered(true)
  return { hovered, hoverProps: { onPointerEnter: mark, onFocus: mark } }
}
