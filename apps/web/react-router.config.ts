import type { Config } from '@react-router/dev/config';

// Server-rendered everywhere: every page works without JavaScript (DESIGN §9).
export default {
  appDirectory: 'app',
  buildDirectory: 'build',
  ssr: true,
} satisfies Config;
