// Sends a form to the API: a validation problem puts each message under its field, a refusal (rule and article)
// is kept for the form to show beside it; success refreshes what the change touched.
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../lib/format';
import { ApiProblem, fieldErrors } from '../lib/problem';

export function useSubmit<V, R>(form: FormInstance<V>, send: (values: V) => Promise<R>, options: { invalidates: QueryKey[]; onDone?: (result: R) => void }) {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<unknown>(null);
  const mutation = useMutation({
    mutationFn: send,
    onMutate: () => setProblem(null),
    onSuccess: async (result) => {
      await Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      options.onDone?.(result);
    },
    onError: (error) => {
      if (error instanceof ApiProblem && error.problem.errors?.length) form.setFields(fieldErrors(error.problem, i18n.language as Language) as never);
      setProblem(error);
    },
  });
  return { submit: mutation.mutate, pending: mutation.isPending, problem };
}
