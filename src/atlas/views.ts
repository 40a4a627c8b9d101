import { z } from 'zod';
import viewsJson from '../../data/views.json';

/** Camera presets: angles around the head's target, in degrees; distance in centimetres. */
export const ViewSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  label: z.string().min(1),
  key: z.string().length(1),
  azimuthDeg: z.number().min(-180).max(180),
  polarDeg: z.number().min(1).max(179),
  distance: z.number().positive(),
});

export const ViewsFileSchema = z.object({
  schemaVersion: z.literal(1),
  target: z.tuple([z.number(), z.number(), z.number()]),
  views: z.array(ViewSchema).min(1),
  limits: z.object({
    minDistance: z.number().positive(),
    maxDistance: z.number().positive(),
    minPolarDeg: z.number().min(0).max(180),
    maxPolarDeg: z.number().min(0).max(180),
  }),
});

export type View = z.infer<typeof ViewSchema>;
export type ViewsFile = z.infer<typeof ViewsFileSchema>;

export const VIEWS: ViewsFile = ViewsFileSchema.parse(viewsJson);
export const DEFAULT_VIEW_ID = VIEWS.views[0]!.id;

export function findView(id: string): View | undefined {
  return VIEWS.views.find((view) => view.id === id);
}
