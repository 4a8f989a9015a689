// Tells the reader their stored settings were unreadable and the defaults are in use, until dismissed.
export function ProblemNotice({ problem, onDismiss }: { problem: string; onDismiss: () => void }) {
  return (
    <div class="notice problem" role="alert">
      <p>Your stored settings could not be read ({problem}); the defaults are in use.</p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
