import { render } from 'preact'; render(<p>Red Cup</p>, document.getElementById('app') as HTMLElement);
