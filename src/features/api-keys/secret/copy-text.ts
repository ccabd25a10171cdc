/**
 * The legacy copy command on exactly `text`: a hidden, read-only textarea holds it while the
 * browser copies the selection. Never the selection of a visible field: that could be another
 * text than the one the button names. False when the browser refused or has no such command.
 */
function copyWithCommand(text: string): boolean {
  if (typeof document.execCommand !== 'function') return false;
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Off screen but rendered: a display:none element cannot hold a selection.
  Object.assign(area.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  // Inside the open dialog, whose focus trap would otherwise pull focus back before the copy.
  (previous?.closest('[role="dialog"]') ?? document.body).appendChild(area);
  try {
    area.focus();
    area.select();
    area.setSelectionRange(0, text.length);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previous?.focus();
  }
}

/**
 * Copies exactly `text`: the Clipboard API where the page may use it, else the legacy copy command
 * on that text alone. Returns false when neither worked: the caller says so, and shows the text
 * selected for the user to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (insecure context, no permission): try the legacy command on the same text.
  }
  return copyWithCommand(text);
}
