/** Where the practice Directory opens: the guided exercises as cards, and free exploring as one more choice. */
import type { MouseEvent } from 'react';
import { scenarios } from '../../lib/directory/guide.ts';
import { FREE } from '../../lib/directory/resume.ts';
import { paths } from '../../lib/paths.ts';

interface Props {
  hydrated: boolean;
  headingLevel: 2 | 3 | 4;
  onChoose: (id: string) => void;
}

export function ExerciseChooser({ hydrated, headingLevel, onChoose }: Props) {
  const H = `h${headingLevel}` as const;
  const Card = `h${Math.min(headingLevel + 1, 6)}` as 'h3' | 'h4' | 'h5';
  // Each choice is a real link (`?scenario=`), taken over by the island once it runs.
  const pick = (id: string) => (e: MouseEvent) => {
    if (!hydrated) return;
    e.preventDefault();
    onChoose(id);
  };
  const choices = [
    ...scenarios.map((s) => ({ id: s.id, title: s.title, text: s.brief, action: `Start: ${s.steps.length} steps` })),
    { id: FREE, title: 'Explore freely', text: 'Edit anyone, switch who you are viewing as and send practice test emails, a practice aid the real Directory does not have. Nothing is checked.', action: 'Explore' },
  ];
  return (
    <section className="dir__chooser" aria-labelledby="dir-chooser-title">
      <H id="dir-chooser-title" className="dir__heading">
        Choose an exercise
      </H>
      <ul className="dir__choices">
        {choices.map((c) => (
          <li key={c.id} className="dir__choice">
            <Card className="dir__choice-title">{c.title}</Card>
            <p>{c.text}</p>
            <a className={c.id === FREE ? 'button button--secondary' : 'button'} href={paths.practiceExercise(c.id)} onClick={pick(c.id)} aria-label={`${c.action}: ${c.title}`}>
              {c.action}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
