import { useTranslation } from 'react-i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import {
  PLACE_KINDS,
  placeInputSchema,
  PROBLEM_CATEGORIES,
  problemInputSchema,
  type Place,
} from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import { FormFrame } from '../../components/form/FormFrame';
import { SelectField, TextField } from '../../components/form/fields';
import { useZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { addPlace, addProblem, updatePlace, updateProblem } from '../../db/study/catalogue';

/** Adds a problem to the catalogue or renames / re-categorises one (its code stays). */
export function ProblemForm({
  problem,
  onClose,
}: {
  problem?: CatalogueProblem;
  onClose: () => void;
}) {
  const { t } = useTranslation('study');
  const form = useZodForm(
    problemInputSchema,
    problem
      ? { title: problem.title, category: problem.category }
      : { title: {}, category: 'other' },
  );
  return (
    <FormFrame
      form={form}
      title={t('catalogue.problem')}
      onClose={onClose}
      onSubmit={(input) => (problem ? updateProblem(problem.code, input) : addProblem(input))}
      submitTestId="problem-save"
    >
      <LocalizedTextField
        control={form.control}
        name="title"
        label={t('catalogue.name')}
        required
        testId="problem-name"
      />
      <SelectField
        control={form.control}
        name="category"
        label={t('catalogue.category')}
        data={PROBLEM_CATEGORIES.map((k) => ({ value: k, label: t(`categories.${k}`) }))}
        testId="problem-kind"
      />
    </FormFrame>
  );
}

/** Adds a place to the territory or changes one. */
export function PlaceForm({ place, onClose }: { place?: Place; onClose: () => void }) {
  const { t } = useTranslation('study');
  const territory = useTerritory();
  const form = useZodForm(
    placeInputSchema,
    place
      ? { name: place.name, kind: place.kind, code: place.code ?? '' }
      : { name: {}, kind: 'market', code: '' },
  );
  return (
    <FormFrame
      form={form}
      title={t('catalogue.place')}
      onClose={onClose}
      onSubmit={(input) => (place ? updatePlace(place.id, input) : addPlace(territory.id, input))}
      submitTestId="place-save"
    >
      <LocalizedTextField
        control={form.control}
        name="name"
        label={t('catalogue.name')}
        required
        testId="place-name"
      />
      <SelectField
        control={form.control}
        name="kind"
        label={t('catalogue.kind')}
        data={PLACE_KINDS.map((k) => ({ value: k, label: t(`placeKinds.${k}`) }))}
        testId="place-kind"
      />
      <TextField
        control={form.control}
        name="code"
        label={t('catalogue.code')}
        description={t('catalogue.codeHint')}
        testId="place-code"
      />
    </FormFrame>
  );
}
