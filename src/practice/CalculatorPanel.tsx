import { useState } from 'react';
import {
  embeddingIndexMemory, latencyBudget, storageEstimate, trafficEstimate, type Precision, type RequirementField,
} from '../domain/practice';
import { writeToRequirements } from './session';

function Num({ label, value, onChange, step }: { label: string; value: number; onChange: (v: number) => void; step?: number }) {
  return (
    <label className="practice-num">
      <span>{label}</span>
      <input type="number" min={0} step={step ?? 'any'} value={Number.isFinite(value) ? value : 0} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );
}

function Result({ text, field, valid }: { text: string; field: RequirementField; valid: boolean }) {
  const where = field === 'performance' ? 'Performance' : 'Scale';
  return (
    <div className="practice-result">
      <output>{valid ? text : 'Enter positive numbers.'}</output>
      <button type="button" disabled={!valid} onClick={() => writeToRequirements(field, text)}>Write into Requirements · {where}</button>
    </div>
  );
}

const positive = (...xs: number[]) => xs.every((x) => Number.isFinite(x) && x > 0);

/** Back-of-the-envelope numbers, each written into the Requirements card as text the checklist reads. */
export function CalculatorPanel() {
  const [dau, setDau] = useState(100e6);
  const [perUser, setPerUser] = useState(10);
  const [peak, setPeak] = useState(3);
  const [records, setRecords] = useState(1e9);
  const [recordBytes, setRecordBytes] = useState(500);
  const [items, setItems] = useState(100e6);
  const [dims, setDims] = useState(256);
  const [precision, setPrecision] = useState<Precision>('float32');
  const [pqBytes, setPqBytes] = useState(32);
  const [totalMs, setTotalMs] = useState(200);
  const [stages, setStages] = useState('retrieval 1, ranking 2, re-ranking 1');
  const parsedStages = stages.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    // "name share": the share is the last word, when it is a number.
    const space = s.lastIndexOf(' ');
    const share = space > 0 ? s.slice(space + 1) : '';
    return /^[\d.]+$/.test(share) ? { name: s.slice(0, space).trim(), share: Number(share) } : { name: s, share: 1 };
  });
  return (
    <aside className="practice-panel" aria-label="Back-of-the-envelope numbers">
      <h2>Back-of-the-envelope</h2>
      <section>
        <h3>Queries per second</h3>
        <div className="practice-nums">
          <Num label="Daily users" value={dau} onChange={setDau} />
          <Num label="Requests per user a day" value={perUser} onChange={setPerUser} />
          <Num label="Peak ÷ average" value={peak} onChange={setPeak} />
        </div>
        <Result field="scale" valid={positive(dau, perUser, peak)} text={trafficEstimate({ dailyActiveUsers: dau, requestsPerUserPerDay: perUser, peakFactor: peak }).text} />
      </section>
      <section>
        <h3>Storage</h3>
        <div className="practice-nums">
          <Num label="Records a day" value={records} onChange={setRecords} />
          <Num label="Bytes per record" value={recordBytes} onChange={setRecordBytes} />
        </div>
        <Result field="scale" valid={positive(records, recordBytes)} text={storageEstimate({ recordsPerDay: records, bytesPerRecord: recordBytes }).text} />
      </section>
      <section>
        <h3>Embedding index memory</h3>
        <div className="practice-nums">
          <Num label="Items" value={items} onChange={setItems} />
          <Num label="Dimensions" value={dims} onChange={setDims} step={1} />
          <label className="practice-num">
            <span>Stored as</span>
            <select value={precision} onChange={(e) => setPrecision(e.target.value as Precision)}>
              <option value="float32">float32 (4 B)</option>
              <option value="float16">float16 (2 B)</option>
              <option value="int8">int8 (1 B)</option>
              <option value="pq">product quantisation</option>
            </select>
          </label>
          {precision === 'pq' ? <Num label="Bytes per vector" value={pqBytes} onChange={setPqBytes} step={1} /> : null}
        </div>
        <Result
          field="scale" valid={positive(items, dims) && (precision !== 'pq' || positive(pqBytes))}
          text={embeddingIndexMemory({ items, dimensions: dims, precision, pqBytesPerVector: pqBytes }).text}
        />
      </section>
      <section>
        <h3>Latency budget</h3>
        <div className="practice-nums">
          <Num label="End to end (ms)" value={totalMs} onChange={setTotalMs} />
          <label className="practice-num practice-wide">
            <span>Stages and shares</span>
            <input value={stages} onChange={(e) => setStages(e.target.value)} />
          </label>
        </div>
        <Result field="performance" valid={positive(totalMs) && parsedStages.length > 0} text={latencyBudget(totalMs, parsedStages).text} />
      </section>
    </aside>
  );
}
