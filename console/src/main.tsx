import { render } from 'preact';
import { App } from './app';
import { sessionStore } from './session/session';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App baseUrl={location.origin} sessions={sessionStore(sessionStorage)} />, root);
