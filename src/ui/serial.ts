// Settings changes are read-modify-write: two quick clicks could each read the old value and one change would be
// lost. Running them one after another keeps every change.

/** Returns a function that runs async tasks strictly one after another, each seeing the previous one's result. */
export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const next = last.then(task, task);
    last = next.catch(() => undefined);
    return next;
  };
}
