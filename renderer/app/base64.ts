/**
 * The file's bytes as base64, encoded piece by piece: pieces of a multiple of three bytes encode without padding,
 * so they join into one valid string, and no call ever gets millions of arguments.
 */
export async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const piece = 3 * 8192;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += piece) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + piece))));
  }
  return parts.join('');
}
