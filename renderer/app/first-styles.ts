/*
 * The styles of the first screen only (issue 18): the component kit's whole sheet is 290 kB of
 * CSS and blocked the first paint for longer than React and IndexedDB took together. The frame
 * and the home screen need these; late-styles.ts brings the rest right after the first paint, and
 * every other screen waits for it. All of Mantine's CSS is in its `mantine` cascade layer, so the
 * order in which the two parts arrive never matters and the app's own CSS always wins.
 */
import '@fontsource/pt-sans/cyrillic-ext-400.css';
import '@fontsource/pt-sans/cyrillic-ext-700.css';
import '@fontsource/pt-sans/cyrillic-400.css';
import '@fontsource/pt-sans/cyrillic-700.css';
import '@fontsource/pt-sans/latin-400.css';
import '@fontsource/pt-sans/latin-700.css';
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import '@mantine/core/styles/UnstyledButton.layer.css';
import '@mantine/core/styles/Button.layer.css';
import '@mantine/core/styles/CloseButton.layer.css';
import '@mantine/core/styles/Paper.layer.css';
import '@mantine/core/styles/Card.layer.css';
import '@mantine/core/styles/Badge.layer.css';
import '@mantine/core/styles/Alert.layer.css';
import '@mantine/core/styles/AppShell.layer.css';
import '@mantine/core/styles/Center.layer.css';
import '@mantine/core/styles/Group.layer.css';
import '@mantine/core/styles/Stack.layer.css';
import '@mantine/core/styles/SimpleGrid.layer.css';
import '@mantine/core/styles/Loader.layer.css';
import '@mantine/core/styles/Text.layer.css';
import '@mantine/core/styles/Title.layer.css';
import '@mantine/core/styles/Input.layer.css';
import './theme-variables.css';
import './global.css';
