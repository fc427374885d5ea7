/** The components every article can use without importing them, and the heading overrides. */
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Table from './Table.astro';
import Troubleshooter from './troubleshooter/TroubleshooterEmbed.astro';
import AllowlistPanel from './allowlist/AllowlistEmbed.astro';
import DirectorySandbox from './directory/DirectoryEmbed.astro';
import AllowlistCard from './allowlist/AllowlistCard.astro';
import PracticeCard from './directory/PracticeCard.astro';
import TroubleshooterCard from './troubleshooter/TroubleshooterCard.astro';

export const mdxComponents = { Callout, Steps, Troubleshooter, AllowlistPanel, DirectorySandbox, AllowlistCard, PracticeCard, TroubleshooterCard, h2: H2, h3: H3, table: Table };
