import { render } from 'preact';
import '../../src/ui/base.css';
import './options.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
