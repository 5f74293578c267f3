// Every icon the app draws, bundled (lucide, tree-shaken): no icon font, no network.
import {
  Activity, Archive, Bell, Binary, Box, Brain, CalendarClock, ChartBar, ClipboardCheck, Cog, Compass, Crosshair,
  Database, Dumbbell, Eraser, Gauge, Gavel, Ghost, Group, HardDrive, HardDriveDownload, Layers, List, ListOrdered,
  ListTree, Merge, MemoryStick, Monitor, Network, Package, Radio, Rocket, Scan, ScrollText, Search, Server,
  ShieldCheck, Shrink, Shuffle, SlidersHorizontal, Smartphone, Split, StickyNote, Table, Tag, Target, TrendingUp,
  User, Users, Wand, Warehouse, Waves, Workflow, Zap, Filter, type LucideIcon,
} from 'lucide-react';
import type { IconName } from '../domain/catalog';

export const ICONS: Record<IconName, LucideIcon> = {
  target: Target, compass: Compass, table: Table, brain: Brain, gauge: Gauge, rocket: Rocket, activity: Activity,
  'sticky-note': StickyNote, group: Group, database: Database, 'hard-drive': HardDrive, waves: Waves,
  warehouse: Warehouse, radio: Radio, cog: Cog, zap: Zap, layers: Layers, tag: Tag, package: Package, wand: Wand,
  shuffle: Shuffle, crosshair: Crosshair, dumbbell: Dumbbell, sliders: SlidersHorizontal, box: Box, binary: Binary,
  archive: Archive, 'clipboard-check': ClipboardCheck, split: Split, ghost: Ghost, 'shield-check': ShieldCheck,
  user: User, server: Server, scan: Scan, 'list-tree': ListTree, network: Network, filter: Filter,
  'bar-chart': ChartBar, 'list-ordered': ListOrdered, merge: Merge, search: Search, 'calendar-clock': CalendarClock,
  'hard-drive-download': HardDriveDownload, 'memory-stick': MemoryStick, shrink: Shrink, smartphone: Smartphone,
  eraser: Eraser, list: List, 'scroll-text': ScrollText, monitor: Monitor, 'trending-up': TrendingUp, bell: Bell,
  users: Users, gavel: Gavel, workflow: Workflow,
};
