import { Duplex, PDFDocument, PrintScaling } from '@cantoo/pdf-lib';
import { A4_PT } from './sheet';

/**
 * A run's letters as one print job, in order. With duplex printing every letter is padded to an even number of
 * pages, so the next letter starts on a fresh sheet instead of the back of the previous customer's last page.
 * The job is printed, not archived (each letter's own PDF is what is kept), so it is not made PDF/A.
 */
export async function mergeLetters(pdfs: Uint8Array[], options: { duplex: boolean }): Promise<Uint8Array> {
  const job = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of pdfs) {
    const letter = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await job.copyPages(letter, letter.getPageIndices());
    for (const page of pages) job.addPage(page);
    if (options.duplex && pages.length % 2 === 1) job.addPage(A4_PT);
  }
  const prefs = job.catalog.getOrCreateViewerPreferences();
  prefs.setPrintScaling(PrintScaling.None);
  prefs.setDuplex(options.duplex ? Duplex.DuplexFlipLongEdge : Duplex.Simplex);
  job.setCreator('Debitum');
  job.setProducer('Debitum with @cantoo/pdf-lib');
  return job.save();
}
