import { render } from 'preact';
import '../../src/ui/base.css';
import '../../src/ui/fact-card.css';
import './sidepanel.css';
import { SidePanel } from './SidePanel';

render(<SidePanel />, document.getElementById('app')!);
