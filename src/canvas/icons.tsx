// Every icon a node draws, bundled from lucide (ISC licence): no icon font, no network. Each icon is drawn as one
// <path> with its shapes joined, so a node's icon costs the page (and every image export, which copies each
// element's style) two elements instead of five or six.
import type { SVGProps } from 'react';
import type { IconName } from '../domain/catalog';
import { shapesToPath, type IconData } from './glyph-path';
import { __iconData as target } from 'lucide-react/icons/target';
import { __iconData as compass } from 'lucide-react/icons/compass';
import { __iconData as table } from 'lucide-react/icons/table';
import { __iconData as brain } from 'lucide-react/icons/brain';
import { __iconData as gauge } from 'lucide-react/icons/gauge';
import { __iconData as rocket } from 'lucide-react/icons/rocket';
import { __iconData as activity } from 'lucide-react/icons/activity';
import { __iconData as stickyNote } from 'lucide-react/icons/sticky-note';
import { __iconData as group } from 'lucide-react/icons/group';
import { __iconData as database } from 'lucide-react/icons/database';
import { __iconData as hardDrive } from 'lucide-react/icons/hard-drive';
import { __iconData as waves } from 'lucide-react/icons/waves-horizontal';
import { __iconData as warehouse } from 'lucide-react/icons/warehouse';
import { __iconData as radio } from 'lucide-react/icons/radio';
import { __iconData as cog } from 'lucide-react/icons/cog';
import { __iconData as zap } from 'lucide-react/icons/zap';
import { __iconData as layers } from 'lucide-react/icons/layers';
import { __iconData as tag } from 'lucide-react/icons/tag';
import { __iconData as packageIcon } from 'lucide-react/icons/package';
import { __iconData as wand } from 'lucide-react/icons/wand';
import { __iconData as shuffle } from 'lucide-react/icons/shuffle';
import { __iconData as crosshair } from 'lucide-react/icons/crosshair';
import { __iconData as dumbbell } from 'lucide-react/icons/dumbbell';
import { __iconData as slidersHorizontal } from 'lucide-react/icons/sliders-horizontal';
import { __iconData as box } from 'lucide-react/icons/box';
import { __iconData as binary } from 'lucide-react/icons/binary';
import { __iconData as archive } from 'lucide-react/icons/archive';
import { __iconData as clipboardCheck } from 'lucide-react/icons/clipboard-check';
import { __iconData as split } from 'lucide-react/icons/split';
import { __iconData as ghost } from 'lucide-react/icons/ghost';
import { __iconData as shieldCheck } from 'lucide-react/icons/shield-check';
import { __iconData as user } from 'lucide-react/icons/user';
import { __iconData as server } from 'lucide-react/icons/server';
import { __iconData as scan } from 'lucide-react/icons/scan';
import { __iconData as listTree } from 'lucide-react/icons/list-tree';
import { __iconData as network } from 'lucide-react/icons/network';
import { __iconData as filter } from 'lucide-react/icons/funnel';
import { __iconData as chartBar } from 'lucide-react/icons/chart-bar';
import { __iconData as listOrdered } from 'lucide-react/icons/list-ordered';
import { __iconData as merge } from 'lucide-react/icons/merge';
import { __iconData as search } from 'lucide-react/icons/search';
import { __iconData as calendarClock } from 'lucide-react/icons/calendar-clock';
import { __iconData as hardDriveDownload } from 'lucide-react/icons/hard-drive-download';
import { __iconData as memoryStick } from 'lucide-react/icons/memory-stick';
import { __iconData as shrink } from 'lucide-react/icons/shrink';
import { __iconData as smartphone } from 'lucide-react/icons/smartphone';
import { __iconData as eraser } from 'lucide-react/icons/eraser';
import { __iconData as list } from 'lucide-react/icons/list';
import { __iconData as scrollText } from 'lucide-react/icons/scroll-text';
import { __iconData as monitor } from 'lucide-react/icons/monitor';
import { __iconData as trendingUp } from 'lucide-react/icons/trending-up';
import { __iconData as bell } from 'lucide-react/icons/bell';
import { __iconData as users } from 'lucide-react/icons/users';
import { __iconData as gavel } from 'lucide-react/icons/gavel';
import { __iconData as workflow } from 'lucide-react/icons/workflow';

export type GlyphProps = Omit<SVGProps<SVGSVGElement>, 'ref'> & { size?: number };
export type Glyph = (props: GlyphProps) => React.JSX.Element;

/**
 * lucide-react's per-icon modules (its public "lucide-react/icons/<name>" entry) also export the icon's shapes, as
 * `__iconData` (typed by src/lucide-icon-data.d.ts). Importing only that leaves the React components out of the bundle.
 */
function glyph(data: IconData | undefined): Glyph {
  if (!data?.node) throw new Error('lucide-react no longer exports __iconData from its icon modules: see src/canvas/icons.tsx.');
  const d = shapesToPath(data.node);
  return function Glyph({ size = 24, strokeWidth = 2, ...rest }: GlyphProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg" width={size} height={size} viewBox="0 0 24 24" fill="none"
        stroke="currentColor" strokeWidth={strokeWidth} strokeLinecap="round" strokeLinejoin="round" {...rest}
      >
        <path d={d} />
      </svg>
    );
  };
}

export const ICONS: Record<IconName, Glyph> = {
  target: glyph(target), compass: glyph(compass), table: glyph(table), brain: glyph(brain), gauge: glyph(gauge),
  rocket: glyph(rocket), activity: glyph(activity), 'sticky-note': glyph(stickyNote), group: glyph(group),
  database: glyph(database), 'hard-drive': glyph(hardDrive), waves: glyph(waves), warehouse: glyph(warehouse),
  radio: glyph(radio), cog: glyph(cog), zap: glyph(zap), layers: glyph(layers), tag: glyph(tag),
  package: glyph(packageIcon), wand: glyph(wand), shuffle: glyph(shuffle), crosshair: glyph(crosshair),
  dumbbell: glyph(dumbbell), sliders: glyph(slidersHorizontal), box: glyph(box), binary: glyph(binary),
  archive: glyph(archive), 'clipboard-check': glyph(clipboardCheck), split: glyph(split), ghost: glyph(ghost),
  'shield-check': glyph(shieldCheck), user: glyph(user), server: glyph(server), scan: glyph(scan),
  'list-tree': glyph(listTree), network: glyph(network), filter: glyph(filter), 'bar-chart': glyph(chartBar),
  'list-ordered': glyph(listOrdered), merge: glyph(merge), search: glyph(search),
  'calendar-clock': glyph(calendarClock), 'hard-drive-download': glyph(hardDriveDownload),
  'memory-stick': glyph(memoryStick), shrink: glyph(shrink), smartphone: glyph(smartphone), eraser: glyph(eraser),
  list: glyph(list), 'scroll-text': glyph(scrollText), monitor: glyph(monitor), 'trending-up': glyph(trendingUp),
  bell: glyph(bell), users: glyph(users), gavel: glyph(gavel), workflow: glyph(workflow),
};
