import { render } from 'preact';
import '../ui/tokens.css';
import '../ui/base.css';
import './options.css';
import { App } from './App.tsx';

render(<App />, document.getElementById('app') as HTMLElement);
