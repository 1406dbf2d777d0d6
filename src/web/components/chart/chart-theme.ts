// Colours and type shared by every chart, matching styles.css.
export const chartTheme = {
  primary: '#1d5a8c',
  accent: '#0f7f8f',
  text: '#1b2733',
  muted: '#566573',
  grid: '#dfe5eb',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
} as const;
