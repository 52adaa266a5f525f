import { render } from 'preact';
import { t, uiDir, uiLang } from '@/utils/i18n';
import { App } from './App';

document.documentElement.lang = uiLang();
document.documentElement.dir = uiDir();
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
