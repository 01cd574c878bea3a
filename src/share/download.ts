// Saving a file from the page: a temporary link with `download`, to a blob: URL (local to the
// page, so nothing leaves the machine).
export function saveFile(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download reads the blob after the click returns: revoke it later, not now.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function saveText(name: string, text: string, type: string): void {
  saveFile(name, new Blob([text], { type }));
}

/** Reads a chosen file as text (File.text is missing in some test DOMs). */
export function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}
