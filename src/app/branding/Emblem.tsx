// The product's mark: a gold star over "06" on red, the colours of the province's official papers.
export const Emblem = ({ size }: { size: number }) => (
  <svg aria-hidden="true" height={size} viewBox="0 0 64 64" width={size}>
    <rect fill="#b91c1c" height="64" rx="14" width="64" />
    <path
      d="M32 9l4.7 9.6 10.6 1.5-7.7 7.5 1.8 10.5L32 33.1l-9.4 5 1.8-10.5-7.7-7.5 10.6-1.5z"
      fill="#facc15"
    />
    <text
      fill="#fff"
      fontFamily="Arial, Helvetica, sans-serif"
      fontSize="17"
      fontWeight="700"
      textAnchor="middle"
      x="32"
      y="58"
    >
      06
    </text>
  </svg>
)
