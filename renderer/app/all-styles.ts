/* Every style of the component kit, in its cascade layer (loaded by late-styles.ts). */
import '@mantine/core/styles.layer.css';
import '@mantine/dates/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
