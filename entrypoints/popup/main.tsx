import { render } from 'preact';
import '../../src/ui/base.css';
import './popup.css';
import { Popup } from './Popup';

// Once a panel or the options page is open the popup has done its job; Chrome would leave it hanging open.
render(<Popup onDone={() => window.close()} />, document.getElementById('app')!);
