import { mount } from 'svelte';
import App from './App.svelte';
import { reportUncaughtErrors } from './lib/report-errors';
import './styles/tokens.css';
import './styles/base.css';

reportUncaughtErrors();
const target = document.getElementById('app')!;
// The app draws its own spinner until the catalog of the admin's language has loaded.
target.replaceChildren();
mount(App, { target });
