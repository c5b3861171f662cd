export function createTerminalProgress(): void {}
export function formatSummary(): string { return ''; }
