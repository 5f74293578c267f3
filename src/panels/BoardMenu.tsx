import { useEffect, useRef, useState } from 'react';
import ChevronDown from 'lucide-glyph:chevron-down';
import Copy from 'lucide-glyph:copy';
import Pencil from 'lucide-glyph:pencil';
import Plus from 'lucide-glyph:plus';
import Trash2 from 'lucide-glyph:trash';
import { useAppStore } from '../store/app-store';
import { useBoardStore } from '../store/board-store';
import { deleteBoardById, duplicateBoard, newBlankBoard, renameBoardById, switchBoard } from '../store/persistence';

function savedAgo(savedAt: number): string {
  const minutes = Math.round((Date.now() - savedAt) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  return new Date(savedAt).toLocaleDateString();
}

/** The open board's name, and the list of boards: make, rename, duplicate, delete, switch. */
export function BoardMenu() {
  const name = useBoardStore((s) => s.board.name);
  const currentId = useBoardStore((s) => s.board.id);
  const boards = useAppStore((s) => s.boards);
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const finishRename = (id: string, value: string) => {
    setRenaming(null);
    if (value.trim()) void renameBoardById(id, value.trim());
  };

  return (
    <div className="board-menu" ref={root}>
      <button type="button" className="board-menu-button" aria-haspopup="dialog" aria-expanded={open} title="Boards" onClick={() => setOpen(!open)}>
        {/* Named "Boards: <name>", its visible text included (label-content-name-mismatch). */}
        <span className="sr-only">Boards: </span>
        <span className="board-menu-name">{name || 'Untitled board'}</span>
        <ChevronDown size={14} aria-hidden />
      </button>
      {open ? (
        <div className="popover board-list" role="dialog" aria-label="Boards">
          <button type="button" className="board-list-new" onClick={() => { setOpen(false); void newBlankBoard(); }}>
            <Plus size={14} aria-hidden /> New board
          </button>
          <ul>
            {boards.map((b) => (
              <li key={b.id} className={b.id === currentId ? 'is-current' : undefined}>
                {renaming === b.id ? (
                  <input
                    autoFocus
                    aria-label="New board name"
                    defaultValue={b.name}
                    onBlur={(e) => finishRename(b.id, e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') finishRename(b.id, e.currentTarget.value);
                      if (e.key === 'Escape') setRenaming(null);
                      e.stopPropagation();
                    }}
                  />
                ) : (
                  <button type="button" className="board-list-open" onClick={() => { setOpen(false); void switchBoard(b.id); }}>
                    <span>{b.name || 'Untitled board'}</span>
                    <small>{savedAgo(b.savedAt)}</small>
                  </button>
                )}
                <button type="button" className="icon-button" aria-label={`Rename ${b.name}`} title="Rename" onClick={() => setRenaming(b.id)}>
                  <Pencil size={13} aria-hidden />
                </button>
                <button type="button" className="icon-button" aria-label={`Duplicate ${b.name}`} title="Duplicate" onClick={() => { setOpen(false); void duplicateBoard(b.id); }}>
                  <Copy size={13} aria-hidden />
                </button>
                <button type="button" className="icon-button danger" aria-label={`Delete ${b.name}`} title="Delete" onClick={() => void deleteBoardById(b.id)}>
                  <Trash2 size={13} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
