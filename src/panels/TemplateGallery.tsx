import { useEffect, useState } from 'react';
import FilePlus2 from 'lucide-glyph:file-plus-corner';
import LayoutTemplate from 'lucide-glyph:layout-template';
import X from 'lucide-glyph:x';
import { createBoard, type Board } from '../domain/board';
import { CASE_STUDIES, type CaseStudy } from '../domain/case-studies';
import { createScaffold } from '../domain/patterns';
import { loadTemplate } from '../app/templates';
import { useAppStore } from '../store/app-store';
import { openAsNewBoard } from '../store/persistence';
import { BoardPreview } from './BoardPreview';
import './gallery.css';

type Loaded = { study: CaseStudy; board: Board };

async function loadAll(): Promise<Loaded[]> {
  const boards = await Promise.all(CASE_STUDIES.map((s) => loadTemplate(s.id)));
  return CASE_STUDIES.flatMap((study, i) => (boards[i] ? [{ study, board: boards[i]! }] : []));
}

/** The book's ten case studies as templates, the blank framework scaffold, and an empty board. */
export function TemplateGallery() {
  const [templates, setTemplates] = useState<Loaded[] | null>(null);
  const close = () => useAppStore.setState({ dialog: null });
  useEffect(() => {
    void loadAll().then(setTemplates);
  }, []);
  const open = (board: Board) => {
    close();
    void openAsNewBoard(board);
  };
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="gallery-title">
        <header role="none">
          <h2 id="gallery-title">Start from a template</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            <X size={16} aria-hidden />
          </button>
        </header>
        <p className="inspector-hint">Each opens as a new board; the board you have open stays as it is.</p>
        <div className="gallery">
          <button type="button" className="gallery-card gallery-start" onClick={() => open(createScaffold())}>
            <LayoutTemplate size={28} aria-hidden />
            <strong>Framework scaffold</strong>
            <span>Empty cards for the seven steps, to answer a new question from scratch.</span>
          </button>
          <button type="button" className="gallery-card gallery-start" onClick={() => open(createBoard('Untitled board'))}>
            <FilePlus2 size={28} aria-hidden />
            <strong>Empty board</strong>
            <span>A blank canvas.</span>
          </button>
          {templates === null ? <p className="panel-empty">Loading the case studies…</p> : null}
          {templates?.map(({ study, board }) => (
            <button
              key={study.id}
              type="button"
              className="gallery-card"
              onClick={() => open({ ...board, name: study.title })}
            >
              <BoardPreview board={board} />
              <span className="gallery-chapter">Chapter {study.chapter} · {study.company}</span>
              <strong>{study.title}</strong>
              <span>{study.problem}</span>
              <span className="gallery-category">{study.mlCategory}</span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
