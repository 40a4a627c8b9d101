/**
 * Landmark groups of the canonical mesh used to shape and colour the head: eye openings,
 * lips and brows, as listed in MediaPipe's FACEMESH_* contours (indices, subject's side).
 */
export const EYE_OPENINGS = {
  left: {
    upper: [263, 466, 388, 387, 386, 385, 384, 398, 362],
    lower: [263, 249, 390, 373, 374, 380, 381, 382, 362],
    pupil: [386, 374] as const,
  },
  right: {
    upper: [33, 246, 161, 160, 159, 158, 157, 173, 133],
    lower: [33, 7, 163, 144, 145, 153, 154, 155, 133],
    pupil: [159, 145] as const,
  },
};

export const LIPS_OUTER = [61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146];
export const LIPS_INNER = [78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95];

export const BROWS = [
  [70, 63, 105, 66, 107, 55, 65, 52, 53, 46],
  [300, 293, 334, 296, 336, 285, 295, 282, 283, 276],
];

/** Upper-lid margins, drawn slightly darker as a lash line. */
export const UPPER_LID_MARGINS = [...EYE_OPENINGS.left.upper, ...EYE_OPENINGS.right.upper];
