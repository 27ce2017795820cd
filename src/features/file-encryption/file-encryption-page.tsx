/**
 * Envelope encryption of files: drop or pick files, choose a KMS key by alias, edit the
 * encryption context, Encrypt (report.pdf -> report.pdf.encrypted) or Decrypt (and back).
 * Output goes to the save-file picker where the browser has one (one file at a time), else to
 * a temporary file in origin-private storage offered as a download, else to memory below a cap.
 */
import { useRef, useState, type DragEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-field';
import { DEFAULT_FRAME_LENGTH, SDK_FRAME_LENGTH } from '@/envelope/format';
import { ContextEditor, toContext, type Row } from './context-editor';
import { cancelJob, outputName, startJob, type Job } from './jobs';
import { KeyChoice } from './key-choice';
import { ProgressRow } from './progress-row';
import { MEMORY_CAP, type OutputKind } from './protocol';
import './file-encryption.css';

type PickerWindow = Window & { showSaveFilePicker?(o: { suggestedName: string }): Promise<FileSystemFileHandle> };

function outputOptions() {
  const out: { value: OutputKind; label: string }[] = [];
  if (typeof (window as PickerWindow).showSaveFilePicker === 'function') out.push({ value: 'picker', label: 'Save to a file I choose (save dialog)' });
  if (typeof navigator.storage?.getDirectory === 'function') out.push({ value: 'opfs', label: 'Download link (temporary file in browser storage)' });
  out.push({ value: 'memory', label: `Download link (in memory, up to ${MEMORY_CAP / 2 ** 20} MiB)` });
  return out;
}

export function FileEncryptionPage() {
  const [files, setFiles] = useState<File[]>([]);
  const [alias, setAlias] = useState('');
  const [rows, setRows] = useState<Row[]>([{ key: '', value: '' }]);
  const [frameLength, setFrameLength] = useState(String(DEFAULT_FRAME_LENGTH));
  const options = outputOptions();
  const [output, setOutput] = useState<OutputKind>(options[0]!.value);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [problem, setProblem] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const update = (job: Job) => setJobs((js) => (js.some((j) => j.id === job.id) ? js.map((j) => (j.id === job.id ? job : j)) : [...js, job]));

  async function run(direction: 'encrypt' | 'decrypt') {
    const { context, error } = toContext(rows);
    if (files.length === 0) return setProblem('Choose at least one file.');
    if (direction === 'encrypt' && !alias) return setProblem('Choose a KMS key.');
    if (error) return setProblem(error);
    setProblem(undefined);
    for (const file of files) {
      let kind = output;
      let handle: FileSystemFileHandle | undefined;
      if (kind === 'picker') {
        if (files.length > 1) kind = options.some((o) => o.value === 'opfs') ? 'opfs' : 'memory';
        else {
          try {
            handle = await (window as PickerWindow).showSaveFilePicker!({ suggestedName: outputName(file.name, direction) });
          } catch {
            return setProblem('No file was chosen to save to: nothing was started.');
          }
        }
      }
      void startJob({ file, direction, keyId: alias, context, frameLength: Number(frameLength), output: kind, handle, update });
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    setFiles(Array.from(e.dataTransfer.files));
  };

  return (
    <div className="envelope-page">
      <div className="page-header">
        <h1>Encrypt files</h1>
      </div>
      <p>
        Envelope encryption: KMS gives a data key (GenerateDataKey), the file is encrypted here in your browser with that key, and only the encrypted data key
        is stored in the file's header. The file never goes to KMS. The format is the AWS Encryption SDK message format (suite 0x0478: AES-256-GCM with key
        commitment, unsigned, because the browser cannot stream the ECDSA signature of the SDK's default suite), so the AWS Encryption SDK and CLI can read it.
      </p>
      <p>
        <a href="#/envelope/visualizer">Watch it step by step in the envelope encryption visualizer</a>
      </p>
      <section className="panel" aria-labelledby="envelope-files">
        <h2 id="envelope-files">Files</h2>
        <div
          className={dragging ? 'envelope-drop envelope-drop--over' : 'envelope-drop'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>Drop files here, or</p>
          {/* A real button opens the hidden input, so keyboard focus stays visible. */}
          <Button onClick={() => picker.current?.click()}>Choose files</Button>
          <input
            ref={picker}
            type="file"
            multiple
            hidden
            aria-label="Files to encrypt or decrypt"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
        </div>
        {files.length > 0 && (
          <ul aria-label="Chosen files">
            {files.map((f) => (
              <li key={f.name + f.size}>
                {f.name} ({f.size.toLocaleString('en-US')} bytes)
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="envelope-settings">
        <h2 id="envelope-settings">Settings</h2>
        <KeyChoice value={alias} onChange={setAlias} />
        <ContextEditor rows={rows} onChange={setRows} />
        <SelectField
          label="Frame length"
          value={frameLength}
          onChange={setFrameLength}
          options={[
            { value: String(DEFAULT_FRAME_LENGTH), label: '1 MiB (fast)' },
            { value: String(SDK_FRAME_LENGTH), label: '4096 bytes (the AWS Encryption SDK default)' },
          ]}
        />
        <SelectField label="Output" value={output} onChange={(v) => setOutput(v as OutputKind)} options={options} />
      </section>
      <div className="toolbar">
        <Button variant="primary" onClick={() => void run('encrypt')}>
          Encrypt
        </Button>
        <Button onClick={() => void run('decrypt')}>Decrypt</Button>
      </div>
      {problem && (
        <p role="alert" className="envelope-job__error">
          {problem}
        </p>
      )}
      {jobs.length > 0 && (
        <section className="panel" aria-labelledby="envelope-progress">
          <h2 id="envelope-progress">Progress</h2>
          <ul className="envelope-jobs">
            {jobs.map((j) => (
              <ProgressRow key={j.id} job={j} onCancel={() => cancelJob(j.id)} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
