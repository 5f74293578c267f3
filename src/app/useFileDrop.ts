import { useState, type DragEvent } from 'react';
import { importFile } from '../io/import-board';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** Dropping a board file (.json, or a PNG / SVG exported with the board inside) on the canvas opens it. */
export function useFileDrop() {
  const [active, setActive] = useState(false);
  return {
    active,
    handlers: {
      onDragOver: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setActive(true);
      },
      onDragLeave: (e: DragEvent) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setActive(false);
      },
      onDrop: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setActive(false);
        const file = e.dataTransfer.files[0];
        if (file) void importFile(file);
      },
    },
  };
}
