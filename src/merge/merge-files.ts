import type { FailOn } from '../evaluate/types';
import { readUntrustedFile, type UntrustedFileAccess } from '../files/untrusted-file';
import type { GateOutcome } from '../run/types';
import { mergeFindingsDocuments, type NamedDocument } from './merge-documents';
import { readFindingsDocument } from './read-findings-document';

export interface MergeFilesOptions {
  failOn: FailOn;
  /** Version of the tool writing the merged document. */
  version: string;
  /** Where the documents are read from; a pull request may have written them. */
  access: UntrustedFileAccess;
}

/**
 * Reads the findings documents (already expanded from globs) and joins them into the outcome one
 * run over all their accounts would have had. Shared by the CLI's `merge` and the action's
 * `mode: merge`. Every problem is a UserError naming the file.
 */
export async function mergeFindingsFiles(files: readonly string[], options: MergeFilesOptions): Promise<GateOutcome> {
  const documents: NamedDocument[] = [];
  for (const file of files) {
    const { bytes } = await readUntrustedFile(file, 'findings', options.access);
    documents.push({ file, document: readFindingsDocument(bytes.toString('utf8'), file) });
  }
  const document = mergeFindingsDocuments(documents, { failOn: options.failOn, version: options.version });
  // The policy is not at hand (only its name travels in the documents), so no exemption details.
  return { document, policy: null, exemptions: [] };
}
