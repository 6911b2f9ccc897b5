// Browser-side downloads of a widget: its table as CSV and its chart (SVG) as PNG.

export const saveBlob = (blob: Blob, filename: string): void => {
  const href = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = href
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(href), 1000)
}

/** The widget's main chart: the largest SVG inside it (legend icons are SVGs too). */
export const mainSvg = (container: HTMLElement): SVGSVGElement | null => {
  let best: SVGSVGElement | null = null
  let bestArea = 0
  container.querySelectorAll('svg').forEach((svg) => {
    const { width, height } = svg.getBoundingClientRect()
    if (width * height > bestArea) {
      best = svg
      bestArea = width * height
    }
  })
  return best
}

/** Serialises the SVG with its size and font, paints it on a white canvas at twice the scale. */
export const svgToPngBlob = async (svg: SVGSVGElement, scale = 2): Promise<Blob> => {
  const { width, height } = svg.getBoundingClientRect()
  const clone = svg.cloneNode(true) as SVGSVGElement
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.style.fontFamily = getComputedStyle(svg).fontFamily
  const source = new XMLSerializer().serializeToString(clone)
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(width * scale)
  canvas.height = Math.ceil(height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('canvas 2d context unavailable')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.scale(scale, scale)
  context.drawImage(image, 0, 0, width, height)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  )
}
