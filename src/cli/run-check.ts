// The check command as a function of its arguments and its I/O, so tests can call it without a process.
// Exit codes: 0 no error, 1 the board has errors, 2 the file (or the command line, or the case) could not be used.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Board } from '../domain/board/types';
import { summariseRepairs } from '../domain/board/repairs';
import { compareWithReference, type ReferenceComparison } from '../domain/reference';
import { validateBoard } from '../domain/validate';
import { decodeBoardFile } from '../io/board-codec';
import { formatReference, formatReport } from './format-report';

export interface CheckIO {
  readFile(path: string): Promise<Uint8Array>;
  /** The template ids available: the names of templates/*.json without the extension. */
  templateIds(): Promise<string[]>;
  readTemplate(id: string): Promise<Uint8Array>;
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = 'Usage: npm run check -- <board.json | board.png | board.svg> [--case <template-id>] [--json] [--verbose]';

export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;

const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export function nodeCheckIO(templatesDir = DEFAULT_TEMPLATES): CheckIO {
  return {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    async templateIds() {
      try {
        return (await readdir(templatesDir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
      } catch {
        return [];
      }
    },
    readTemplate: async (id) => new Uint8Array(await readFile(join(templatesDir, `${id}.json`))),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
}

interface CheckArgs {
  file: string;
  caseId?: string;
  json: boolean;
  /** Every repair made while reading, one a line, rather than their summary. */
  verbose: boolean;
}

function parseArgs(args: readonly string[]): CheckArgs | { help: true } | { problem: string } {
  const files: string[] = [];
  let caseId: string | undefined;
  let json = false;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--json') json = true;
    else if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg === '--case') {
      caseId = args[++i];
      if (!caseId || caseId.startsWith('--')) return { problem: '--case needs a template id, e.g. --case ad-click-prediction.' };
    } else if (arg.startsWith('--case=')) caseId = arg.slice('--case='.length);
    else if (arg.startsWith('-')) return { problem: `Unknown option "${arg}".` };
    else files.push(arg);
  }
  if (files.length === 0) return { problem: 'Give the board file to check.' };
  if (files.length > 1) return { problem: `Give one board file, not ${files.length} (${files.join(', ')}).` };
  return { file: files[0], caseId, json, verbose };
}

function readProblem(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `Cannot read "${file}": there is no such file.`;
  if (code === 'EISDIR') return `Cannot read "${file}": it is a folder, not a board file.`;
  if (code === 'EACCES') return `Cannot read "${file}": permission denied.`;
  return `Cannot read "${file}": ${(error as Error)?.message ?? String(error)}`;
}

type ReferenceResult = { caseStudy: string; comparison: ReferenceComparison } | { problem: string } | null;

/** The reference comparison asked for with --case, or named by the board's caseStudy field. */
async function loadReference(io: CheckIO, board: Board, caseId: string | undefined): Promise<ReferenceResult> {
  const wanted = caseId ?? board.caseStudy;
  if (!wanted) return null;
  const ids = await io.templateIds();
  if (!ids.includes(wanted)) {
    const valid = ids.length ? `Valid ids: ${ids.join(', ')}.` : 'No templates are installed in templates/.';
    if (caseId) return { problem: `Unknown case study "${caseId}". ${valid}` };
    io.err(`Note: the board names case study "${wanted}", which has no template; no reference comparison. ${valid}\n`);
    return null;
  }
  const decoded = decodeBoardFile(await io.readTemplate(wanted), `${wanted}.json`);
  if (!decoded.ok) return { problem: `The template "${wanted}" cannot be read: ${decoded.error.message}` };
  return { caseStudy: wanted, comparison: compareWithReference(board, decoded.board) };
}

export async function runCheck(args: readonly string[], io: CheckIO): Promise<number> {
  const parsed = parseArgs(args);
  if ('help' in parsed) {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  if ('problem' in parsed) {
    io.err(`${parsed.problem}\n${USAGE}\n`);
    return EXIT.unusable;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(parsed.file);
  } catch (error) {
    io.err(`${readProblem(parsed.file, error)}\n`);
    return EXIT.unusable;
  }
  const name = basename(parsed.file);
  const decoded = decodeBoardFile(bytes, name);
  if (!decoded.ok) {
    io.err(`Cannot check "${parsed.file}": ${decoded.error.message}\n`);
    return EXIT.unusable;
  }
  const { board, repairs } = decoded;
  if (parsed.verbose) for (const repair of repairs) io.err(`Repaired while reading: ${repair}\n`);
  else if (repairs.length > 0) io.err(`Repaired while reading: ${summariseRepairs(repairs)}. Add --verbose for the list.\n`);

  const reference = await loadReference(io, board, parsed.caseId);
  if (reference && 'problem' in reference) {
    io.err(`${reference.problem}\n`);
    return EXIT.unusable;
  }
  const report = validateBoard(board);
  if (parsed.json) {
    const json = {
      score: report.score,
      steps: report.steps.map(({ step, status }) => ({ step, status })),
      findings: report.findings.map(({ ruleId, step, severity, message, nodeIds }) => ({ ruleId, step, severity, message, nodeIds })),
      ...(reference ? { reference: { caseStudy: reference.caseStudy, ...reference.comparison } } : {}),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.out(formatReport(board, name, report, parsed.verbose));
    if (reference) io.out(`\n${formatReference(reference.caseStudy, reference.comparison)}`);
  }
  return report.findings.some((f) => f.severity === 'error') ? EXIT.errors : EXIT.ok;
}
