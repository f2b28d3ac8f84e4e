#!/usr/bin/python3
"""k-reciprocal re-ranking oracle (Zhong et al., "Re-ranking Person Re-identification with k-reciprocal
Encoding", CVPR 2017).

A plain NumPy transcription, written by us, of the published reference
`re_ranking(probFea, galFea, k1, k2, lambda_value)` (the person-reID version: a joint query + gallery
pool, dense (q+g)² matrices, Python loops). Everything stays float32, V included, as in the authors'
person-re-ranking repository (the reID-strong-baseline copy keeps V in float16). Lookbook's sparse
KReciprocalReranker must agree with it within 1e-5; the fixtures under tests/data/rerank/ come from here,
so the C++ tests never need Python.

  /usr/bin/python3 tools/rerank_reference.py --fixtures tests/data/rerank   # regenerate the fixtures
  /usr/bin/python3 tools/rerank_reference.py --bench 200 5000 128           # time it (random unit vectors)
  /usr/bin/python3 tools/rerank_reference.py --query Q.npy --gallery G.npy --out D.npy [--k1 20 --k2 6 --lambda 0.3]
"""
import argparse
import json
import os
import time

import numpy as np


def re_ranking(probFea, galFea, k1, k2, lambda_value):
    query_num = probFea.shape[0]
    all_num = query_num + galFea.shape[0]
    feat = np.concatenate([probFea, galFea]).astype(np.float32)
    # |a|² + |b|² - 2ab, as torch's pow/sum/expand + addmm_(1, -2, feat, feat.t()) computes it.
    squared = np.power(feat, 2).sum(axis=1, keepdims=True)
    original_dist = (squared + squared.T) - np.float32(2) * (feat @ feat.T)
    original_dist = np.transpose(original_dist / np.max(original_dist, axis=0))
    V = np.zeros_like(original_dist).astype(np.float32)
    initial_rank = np.argsort(original_dist).astype(np.int32)

    for i in range(all_num):
        forward_k_neigh_index = initial_rank[i, :k1 + 1]
        backward_k_neigh_index = initial_rank[forward_k_neigh_index, :k1 + 1]
        fi = np.where(backward_k_neigh_index == i)[0]
        k_reciprocal_index = forward_k_neigh_index[fi]
        k_reciprocal_expansion_index = k_reciprocal_index
        for j in range(len(k_reciprocal_index)):
            candidate = k_reciprocal_index[j]
            candidate_forward_k_neigh_index = initial_rank[candidate, :int(np.around(k1 / 2.)) + 1]
            candidate_backward_k_neigh_index = initial_rank[candidate_forward_k_neigh_index, :int(np.around(k1 / 2.)) + 1]
            fi_candidate = np.where(candidate_backward_k_neigh_index == candidate)[0]
            candidate_k_reciprocal_index = candidate_forward_k_neigh_index[fi_candidate]
            if len(np.intersect1d(candidate_k_reciprocal_index, k_reciprocal_index)) > 2 / 3 * len(candidate_k_reciprocal_index):
                k_reciprocal_expansion_index = np.append(k_reciprocal_expansion_index, candidate_k_reciprocal_index)

        k_reciprocal_expansion_index = np.unique(k_reciprocal_expansion_index)
        weight = np.exp(-original_dist[i, k_reciprocal_expansion_index])
        V[i, k_reciprocal_expansion_index] = weight / np.sum(weight)
    original_dist = original_dist[:query_num, ]
    if k2 != 1:
        V_qe = np.zeros_like(V, dtype=np.float32)
        for i in range(all_num):
            V_qe[i, :] = np.mean(V[initial_rank[i, :k2], :], axis=0)
        V = V_qe
        del V_qe
    del initial_rank
    invIndex = []
    for i in range(all_num):
        invIndex.append(np.where(V[:, i] != 0)[0])

    jaccard_dist = np.zeros_like(original_dist, dtype=np.float32)
    for i in range(query_num):
        temp_min = np.zeros(shape=[1, all_num], dtype=np.float32)
        indNonZero = np.where(V[i, :] != 0)[0]
        indImages = [invIndex[ind] for ind in indNonZero]
        for j in range(len(indNonZero)):
            temp_min[0, indImages[j]] = temp_min[0, indImages[j]] + np.minimum(V[i, indNonZero[j]], V[indImages[j], indNonZero[j]])
        jaccard_dist[i] = 1 - temp_min / (2 - temp_min)

    final_dist = jaccard_dist * (1 - lambda_value) + original_dist * lambda_value
    del original_dist
    del V
    del jaccard_dist
    final_dist = final_dist[:query_num, query_num:]
    return final_dist


def unit_rows(rng, rows, dim):
    x = rng.standard_normal((rows, dim)).astype(np.float32)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


# name: (seed, q, g, d, k1, k2, lambda, unit vectors?)
FIXTURES = {
    'q7_g40_d8': (1, 7, 40, 8, 20, 6, 0.3, False),
    'q5_g30_k1odd': (2, 5, 30, 8, 5, 1, 0.3, True),
    'q6_g25_lambda0': (3, 6, 25, 4, 7, 3, 0.0, False),
    'q3_g8_smallpool': (4, 3, 8, 5, 20, 6, 0.3, True),
}


def write_fixtures(root):
    for name, (seed, q, g, d, k1, k2, lam, unit) in FIXTURES.items():
        rng = np.random.default_rng(seed)
        make = (lambda n: unit_rows(rng, n, d)) if unit else (lambda n: rng.standard_normal((n, d)).astype(np.float32))
        query, gallery = make(q), make(g)
        folder = os.path.join(root, name)
        os.makedirs(folder, exist_ok=True)
        np.save(os.path.join(folder, 'query.npy'), query)
        np.save(os.path.join(folder, 'gallery.npy'), gallery)
        np.save(os.path.join(folder, 'expected.npy'), np.ascontiguousarray(re_ranking(query, gallery, k1, k2, lam), dtype=np.float32))
        with open(os.path.join(folder, 'params.json'), 'w') as f:
            json.dump({'k1': k1, 'k2': k2, 'lambda': lam}, f)
            f.write('\n')
    # The hand-worked case of WORKING.md.
    folder = os.path.join(root, 'hand_q1_g3')
    os.makedirs(folder, exist_ok=True)
    query = np.array([[0, 0]], dtype=np.float32)
    gallery = np.array([[1, 0], [3, 0], [0, 4]], dtype=np.float32)
    np.save(os.path.join(folder, 'query.npy'), query)
    np.save(os.path.join(folder, 'gallery.npy'), gallery)
    np.save(os.path.join(folder, 'expected.npy'), np.ascontiguousarray(re_ranking(query, gallery, 1, 2, 0.3), dtype=np.float32))
    with open(os.path.join(folder, 'params.json'), 'w') as f:
        json.dump({'k1': 1, 'k2': 2, 'lambda': 0.3}, f)
        f.write('\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--fixtures', metavar='DIR')
    parser.add_argument('--bench', nargs=3, type=int, metavar=('Q', 'G', 'D'))
    parser.add_argument('--query')
    parser.add_argument('--gallery')
    parser.add_argument('--out')
    parser.add_argument('--k1', type=int, default=20)
    parser.add_argument('--k2', type=int, default=6)
    parser.add_argument('--lambda', dest='lambda_value', type=float, default=0.3)
    args = parser.parse_args()
    if args.fixtures:
        write_fixtures(args.fixtures)
    elif args.bench:
        q, g, d = args.bench
        rng = np.random.default_rng(0)
        query, gallery = unit_rows(rng, q, d), unit_rows(rng, g, d)
        start = time.perf_counter()
        re_ranking(query, gallery, args.k1, args.k2, args.lambda_value)
        print(json.dumps({'q': q, 'g': g, 'd': d, 'seconds': time.perf_counter() - start}))
    elif args.query and args.gallery and args.out:
        result = re_ranking(np.load(args.query), np.load(args.gallery), args.k1, args.k2, args.lambda_value)
        np.save(args.out, np.ascontiguousarray(result, dtype=np.float32))
    else:
        parser.error('give --fixtures, --bench or --query/--gallery/--out')


if __name__ == '__main__':
    main()
