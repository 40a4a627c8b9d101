import { useAtlas } from '../state/store';

/** Small, dismissable notices (e.g. a share link with a parameter the atlas could not read). */
export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice} className="notice">
          {notice}
          <button type="button" aria-label="Dismiss notice" onClick={() => dismiss(notice)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
