import { useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import { AgentViewFrame } from '../components/agent-view-frame';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { useWriteForm } from '../components/use-write-form';
import { WriteResult } from '../components/write-result';
import { attachDocument, documentRows, sha256Hex } from '../data/documents';

/** A security's documents (ERC-1643: name, URI, SHA-256), and attaching one by its issuer. */
export function DocumentsView({ client, securityId }: { readonly client: St2Client; readonly securityId?: string }) {
  return <AgentViewFrame client={client} view="documents" securityId={securityId}>{(id) => <Documents client={client} securityId={id} />}</AgentViewFrame>;
}

function Documents({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const [after, setAfter] = useState<string | undefined>(undefined);
  const rows = useOutcome(() => documentRows(client, securityId, after), [client, securityId, after]);
  // The picked file's hash is part of the draft: another file is another attachment, under another key.
  const [hashed, setHashed] = useState('');
  const { fields, edit, write, submit } = useWriteForm(`${securityId} ${hashed}`, { name: '', uri: '', hash: '' }, async (draft, key) => {
    const outcome = await attachDocument(client, securityId, { name: draft.name, hash: draft.hash || hashed, ...(draft.uri ? { uri: draft.uri } : {}) }, key);
    if (outcome.ok) setAfter(outcome.value.txId);
    return outcome;
  });
  // The file is hashed here: its bytes never leave the browser, only its SHA-256 goes to the ledger.
  const hashFile = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    setHashed(file ? await sha256Hex(await file.arrayBuffer()) : '');
  };
  const hash = fields.hash || hashed;
  return (
    <>
      <OutcomeView outcome={rows}>
        {(documents) => (
          <table data-testid="documents-table">
            <thead><tr><th>Name</th><th>Partition</th><th>URI</th><th>SHA-256</th><th>Set</th></tr></thead>
            <tbody>
              {documents.map((row) => (
                <tr key={`${row.partition ?? ''}/${row.name}`}>
                  <td>{row.name}</td><td>{row.partition ?? ''}</td>
                  <td>{row.uri && <a href={row.uri} rel="noreferrer noopener" target="_blank">{row.uri}</a>}</td>
                  <td><code>{row.hash.slice(0, 16)}…</code></td><td>{new Date(row.attachedAt).toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </OutcomeView>
      <form onSubmit={(event) => void submit(event)}>
        <h3>Attach a document (a document of the same name is replaced)</h3>
        <label>Name <input required maxLength={128} data-testid="documents-name" value={fields.name} onInput={edit('name')} /></label>
        <label>URI <input type="url" data-testid="documents-uri" value={fields.uri} onInput={edit('uri')} /></label>
        <label>File (hashed here, not uploaded) <input type="file" data-testid="documents-file" onChange={(event) => void hashFile(event)} /></label>
        <label>or its SHA-256 <input pattern="[0-9a-f]{64}" data-testid="documents-hash" placeholder={hashed} value={fields.hash} onInput={edit('hash')} /></label>
        <button type="submit" data-testid="documents-submit" disabled={write.busy || hash === ''}>Attach</button>
        <WriteResult testid="documents" outcome={write.outcome} />
      </form>
    </>
  );
}
