import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { App } from './app.tsx';
import { applyTheme, theme, watchSystemScheme } from './theme.ts';

applyTheme(theme.get());
watchSystemScheme();
render(<App />, document.getElementById('app')!);
