import { ui } from '../../strings';

/** "812 B", "12.4 KB", "10.2 MB" (1 KB = 1024 B). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return ui.size.bytes(bytes);
  if (bytes < 1024 * 1024) return ui.size.kilobytes((bytes / 1024).toFixed(1));
  return ui.size.megabytes((bytes / (1024 * 1024)).toFixed(1));
}
