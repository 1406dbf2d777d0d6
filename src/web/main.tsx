// Entry: set up the dictionaries in the language of the address, then render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { isLanguage, preferredLanguage } from './i18n/languages';
import { setupI18n } from './i18n/setup';
import './styles.css';

const firstSegment = window.location.pathname.split('/')[1];
const language = isLanguage(firstSegment) ? firstSegment : preferredLanguage();
document.documentElement.lang = language;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void setupI18n(language).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
