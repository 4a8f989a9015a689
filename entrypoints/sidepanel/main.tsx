import { render } from 'preact';

render(<h1>GII Lens</h1>, document.getElementById('app')!);
