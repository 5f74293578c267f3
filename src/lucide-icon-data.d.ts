// Types for lucide-react's per-icon modules ("lucide-react/icons/<name>"), mapped here by tsconfig.json `paths`:
// their published types declare only the component, not the icon's shapes that src/canvas/icons.tsx reads.
import type { LucideIcon } from 'lucide-react';
import type { IconData } from './canvas/glyph-path';

export const __iconData: IconData | undefined;
declare const icon: LucideIcon;
export default icon;
